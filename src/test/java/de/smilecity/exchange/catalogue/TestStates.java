package de.smilecity.exchange.catalogue;

/**
 * For fixtures only: puts an entry into a state without the workflow, which production code cannot
 * do (the state's setter is the catalogue's own), so that a test about search or storage need not
 * walk every entry through review first.
 */
public final class TestStates {

    private TestStates() {}

    public static Practice in(Practice practice, PracticeState state) {
        practice.setState(state);
        return practice;
    }
}
