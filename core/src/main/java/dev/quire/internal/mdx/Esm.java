package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A block of {@code import}/{@code export} statements, and the bindings its imports make. */
public final class Esm extends Block {

    private List<EsmImport> imports = List.of();

    Esm(BasedSequence chars) {
        super(chars);
    }

    /** The JavaScript, as written. */
    public String value() {
        return getChars().toString().stripTrailing();
    }

    public List<EsmImport> imports() {
        return imports;
    }

    void setImports(List<EsmImport> imports) {
        this.imports = List.copyOf(imports);
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
