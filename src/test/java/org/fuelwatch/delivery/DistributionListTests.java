package org.fuelwatch.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.fuelwatch.system.ConfigurationException;
import org.fuelwatch.system.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionListTests {

    @TempDir
    Path temp;

    @Test
    void aGoodListIsReadInOrderWithColumnsInAnyOrderQuotesAndAByteOrderMark() throws IOException {
        Path list = write("\uFEFFemail,edition,name\r\n"
                + "awa.traore@example.org,en,Awa Traoré\r\n"
                + "\r\n"
                + "fcoulibaly@example.org,EN,\"Coulibaly, Fatoumata\"\r\n");

        List<Recipient> recipients = DistributionList.read(list, EnumSet.of(Edition.EN));

        assertThat(recipients).containsExactly(
                new Recipient("Awa Traoré", "awa.traore@example.org", Edition.EN, 2),
                new Recipient("Coulibaly, Fatoumata", "fcoulibaly@example.org", Edition.EN, 4));
    }

    @Test
    void everyProblemIsNamedByLineAndColumnAndNobodyIsUsed() throws IOException {
        Path list = write("""
                name,email,edition
                Awa Traoré,awa.traore@example.org,en
                ,nobody@example.org,en
                Boubacar Keïta,b.keita@,en
                Bintou Sanogo,"Bintou <b.sanogo@example.org>",en
                Awa again,AWA.TRAORE@example.org,en
                Moussa Diarra,m.diarra@example.org,fr
                Aminata Touré,a.toure@example.org,ar
                """);

        assertThatThrownBy(() -> DistributionList.read(list, EnumSet.of(Edition.EN)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("6 problems; nobody was sent anything")
                .hasMessageContaining("list.csv line 3, column name: a name is required")
                .hasMessageContaining("list.csv line 4, column email: 'b.keita@'")
                .hasMessageContaining("list.csv line 5, column email: 'Bintou <b.sanogo@example.org>' is not a plain")
                .hasMessageContaining("list.csv line 6, column email: AWA.TRAORE@example.org is already on the list "
                        + "at line 2")
                .hasMessageContaining("list.csv line 7, column edition: 'fr' is not an edition")
                .hasMessageContaining("list.csv line 8, column edition: the 'ar' edition is not made here "
                        + "(fuelwatch.briefing.editions=en); add ar to it");
    }

    @Test
    void anArabicReaderIsAcceptedWhereTheArabicEditionIsMade() throws IOException {
        Path list = write("name,email,edition\nAminata Touré,a.toure@example.org,ar\n");

        assertThat(DistributionList.read(list, EnumSet.of(Edition.EN, Edition.AR)))
                .extracting(Recipient::edition).containsExactly(Edition.AR);
    }

    @Test
    void aMissingColumnAnEmptyListOrAMissingFileIsRefused() throws IOException {
        assertThatThrownBy(() -> DistributionList.read(write("name,address\nAwa,awa@example.org\n"),
                EnumSet.of(Edition.EN))).hasMessageContaining("line 1: missing column(s) email, edition");
        assertThatThrownBy(() -> DistributionList.read(write("name,email,edition\n"), EnumSet.of(Edition.EN)))
                .hasMessageContaining("names nobody");
        assertThatThrownBy(() -> DistributionList.read(temp.resolve("none.csv"), EnumSet.of(Edition.EN)))
                .hasMessageContaining("fuelwatch.delivery.recipients=").hasMessageContaining("no such file");
    }

    private Path write(String text) throws IOException {
        Path file = temp.resolve("list.csv");
        Files.writeString(file, text);
        return file;
    }
}
