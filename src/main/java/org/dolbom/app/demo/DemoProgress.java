package org.dolbom.app.demo;

/**
 * How a demo fill reports how far it is, and how it learns it should stop. Called from the thread that fills;
 * a window hands the numbers to its progress bar and its cancel button to {@link #cancelled()}.
 */
public interface DemoProgress {

    /** Reports nothing and never cancels: the command line's fill. */
    DemoProgress NONE = new DemoProgress() {
        @Override
        public void residentsWritten(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} residents are written, with their case work. */
    void residentsWritten(int done, int total);

    /** Asked between households: true stops the fill, and the whole fill is rolled back. */
    boolean cancelled();
}
