package dev.quire.cli.docusaurus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a configuration file as far as it can be known without running the file: a literal
 * (text, number, true/false, null), an object or array of such values, or {@link Unknown} for
 * anything computed.
 */
sealed interface JsValue {

    /** A string, number, boolean or null as written. */
    record Literal(Object value, int line) implements JsValue {
    }

    /** An object literal; keys keep their order. */
    record Obj(Map<String, JsValue> entries, int line) implements JsValue {
        public Obj {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** An array literal. */
    record Arr(List<JsValue> items, int line) implements JsValue {
        public Arr {
            items = List.copyOf(items);
        }
    }

    /**
     * Something computed when the file runs: a variable, a call, a function, a template with
     * {@code ${}}.
     *
     * @param code the code as written, shortened, for messages
     */
    record Unknown(String code, int line) implements JsValue {
    }

    int line();

    /** The text of a string literal, or null for anything else. */
    default String text() {
        return this instanceof Literal literal && literal.value() instanceof String text ? text : null;
    }
}
