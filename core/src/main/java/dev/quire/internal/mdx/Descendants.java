package dev.quire.internal.mdx;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The nodes under a node, in document order, found by following child and sibling links.
 * flexmark's {@code getDescendants()} makes an iterator object for every node it passes, and the
 * steps that look for a few kinds of node in every post spent most of their time there.
 */
public final class Descendants {

    private Descendants() {
    }

    /** The nodes under {@code parent} that {@code wanted} accepts, in document order. */
    public static List<Node> matching(Node parent, Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        collect(parent, wanted, found);
        return found;
    }

    /** Whether some node under {@code parent} is accepted by {@code wanted}. */
    public static boolean any(Node parent, Predicate<Node> wanted) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (wanted.test(child) || any(child, wanted)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node parent, Predicate<Node> wanted, List<Node> found) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (wanted.test(child)) {
                found.add(child);
            }
            collect(child, wanted, found);
        }
    }
}
