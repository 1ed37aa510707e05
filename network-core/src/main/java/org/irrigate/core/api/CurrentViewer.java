package org.irrigate.core.api;

/** The signed-in reader; implemented by the app from its security context, injected wherever queries are asked. */
public interface CurrentViewer {
    Viewer get();
}
