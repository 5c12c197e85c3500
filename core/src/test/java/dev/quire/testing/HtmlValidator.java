package dev.quire.testing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu Html Checker run in-process, with the schema the checker's command line uses. One
 * instance is set up once and checks many files (setting the checker up takes about a second).
 * A module whose tests use it declares the checker ({@code nu.validator:validator}) as a test
 * dependency of its own.
 */
public final class HtmlValidator {

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final List<String> errors = new ArrayList<>();

    public HtmlValidator() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
        validator.setUpValidatorAndParsers(handler, false, false);
    }

    /** The errors in one HTML file, as {@code line:column: message}. */
    public List<String> errors(File file) throws Exception {
        errors.clear();
        validator.checkHtmlFile(file, true);
        return List.copyOf(errors);
    }
}
