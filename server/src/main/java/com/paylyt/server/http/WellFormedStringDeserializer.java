package com.paylyt.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings and rejects those with an unpaired UTF-16 surrogate (such as a lone high-surrogate
 * escape): they have no UTF-8 form, so SQLite would store them as {@code ?} and silently change the text.
 */
final class WellFormedStringDeserializer extends StringDeserializer {

    static final String UNPAIRED_SURROGATE = "contains an unpaired UTF-16 surrogate";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && hasUnpairedSurrogate(text)) {
            throw context.weirdStringException(text, String.class, UNPAIRED_SURROGATE);
        }
        return text;
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
