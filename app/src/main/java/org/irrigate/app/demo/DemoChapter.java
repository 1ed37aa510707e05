package org.irrigate.app.demo;

/** One part of the Gloucestershire story; chapters are told in {@link #order()} so later ones can refer back. */
public interface DemoChapter {
    int order();

    void tell(Story story);
}
