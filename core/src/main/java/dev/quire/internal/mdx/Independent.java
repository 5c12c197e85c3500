package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A flexmark parser extension that need not run before or after any other. */
public interface Independent extends Dependent {

    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
