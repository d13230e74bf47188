/**
 * The top of the application: turns the command line into a briefing run (options, locks, restart of a killed run,
 * the schedule), assembles the job from the stages' steps, and reports the outcome (summary, exit codes). It imports
 * every stage; no stage imports it.
 */
package org.fuelwatch.run;
