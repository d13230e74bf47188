package org.fuelwatch.acled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplyChainSelectorTests {

    final SupplyChainSelector selector = new SupplyChainSelector(AcledSettings.defaults());

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Violence against civilians | Attack | Gunmen burned three fuel tankers. | fuel
            Battles | Armed clash | An escorted CONVOY was ambushed. | CONVOY
            Violence against civilians | Abduction/forced disappearance | Two lorries stopped, drivers taken. | lorries
            Strategic developments | Looting/property destruction | Trucks looted at the border. | Trucks
            Explosions/Remote violence | Remote explosive/landmine/IED | An IED hit a trailer. | trailer
            Explosions/Remote violence | Air/drone strike | Strike on militants enforcing the blockade. | blockade
            Violence against civilians | Attack | Des hommes armés ont incendié des camions-citernes. | citernes
            Violence against civilians | Attack | Attaque contre un convoi de camions. | convoi
            Battles | Armed clash | Affrontements ; le gasoil manque. | gasoil
            """)
    void selectsTheKindsThatHitConvoysWhenTheNotesNameTheSupplyChain(String type, String sub, String notes,
            String word) {
        var s = selector.select(type, sub, notes);
        assertThat(s.selected()).isTrue();
        assertThat(s.reason()).startsWith(sub).contains("'" + word + "'");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Protests | Peaceful protest | Tanker drivers protested the fuel shortage. | never an attack
            Riots | Violent demonstration | Rioters burned a fuel truck. | never an attack
            Violence against civilians | Sexual violence | Near the fuel depot. | not one that hits convoys
            Strategic developments | Agreement | Truce allowing fuel convoys. | not one that hits convoys
            Violence against civilians | Attack | Gunmen attacked a refuelling area and a truckstop. | no fuel or freight word
            Battles | Armed clash | Clashes near the village market. | no fuel or freight word
            Battles | Armed clash | The drivetrain and the cisterna. | no fuel or freight word
            """)
    void selectsNeitherProtestsNorOtherKindsNorNotesWithoutAWholeWord(String type, String sub, String notes,
            String why) {
        var s = selector.select(type, sub, notes);
        assertThat(s.selected()).isFalse();
        assertThat(s.reason()).contains(why);
    }

    @Test
    void typesAreMatchedInAnyCase() {
        assertThat(selector.select("VIOLENCE AGAINST CIVILIANS", "attack", "fuel").selected()).isTrue();
        assertThat(selector.select("protests", "Attack", "fuel").selected()).isFalse();
    }
}
