package com.paylyt.desktop;

import com.paylyt.desktop.ui.Messages;
import java.util.Locale;

/** The app's English strings, for view-model tests. */
public final class TestMessages {

    private TestMessages() {
    }

    public static Messages english() {
        return Messages.load(Locale.ENGLISH);
    }
}
