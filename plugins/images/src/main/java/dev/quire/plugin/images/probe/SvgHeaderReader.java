package dev.quire.plugin.images.probe;

import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SVG: the size the root {@code <svg>} element asks for — its {@code width} and {@code height} in
 * absolute units, completed or replaced by the proportions of its {@code viewBox}. The XML parser
 * never reads a DTD or an external entity.
 */
final class SvgHeaderReader {

    private static final Pattern LENGTH = Pattern.compile(
            "^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*$");
    private static final Pattern VIEW_BOX_SEPARATOR = Pattern.compile("[\\s,]+");

    private SvgHeaderReader() {
    }

    static ImageHeader read(InputStream in) throws BadImageException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if (!xml.getLocalName().equals("svg")) {
                            throw new BadImageException("the file is XML but not SVG (its root is <" + xml.getLocalName() + ">)");
                        }
                        return size(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                                xml.getAttributeValue(null, "viewBox"));
                    }
                }
                throw new BadImageException("the SVG has no <svg> element");
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadImageException("the SVG is not well-formed XML: " + firstLine(e.getMessage()), e);
        }
    }

    static ImageHeader size(String widthAttribute, String heightAttribute, String viewBoxAttribute)
            throws BadImageException {
        double width = pixels(widthAttribute);
        double height = pixels(heightAttribute);
        double[] viewBox = viewBox(viewBoxAttribute);
        if (viewBox != null) {
            double ratio = viewBox[1] / viewBox[0];
            if (Double.isNaN(width) && Double.isNaN(height)) {
                width = viewBox[0];
                height = viewBox[1];
            } else if (Double.isNaN(height)) {
                height = width * ratio;
            } else if (Double.isNaN(width)) {
                width = height / ratio;
            }
        }
        if (Double.isNaN(width) || Double.isNaN(height) || width <= 0 || height <= 0) {
            throw new BadImageException("the SVG gives no size: it needs a viewBox or a width and height in absolute units");
        }
        return new ImageHeader(ImageFormat.SVG, round(width), round(height), 1, false);
    }

    /** A length in CSS pixels, or NaN for a missing, relative ({@code %}, {@code em}) or unreadable one. */
    private static double pixels(String length) {
        if (length == null) {
            return Double.NaN;
        }
        Matcher m = LENGTH.matcher(length);
        if (!m.matches()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "px" : m.group(2).toLowerCase(Locale.ROOT);
        return value * switch (unit) {
            case "pt" -> 96.0 / 72;
            case "pc" -> 16;
            case "in" -> 96;
            case "cm" -> 96 / 2.54;
            case "mm" -> 96 / 25.4;
            default -> 1;
        };
    }

    /** The viewBox's width and height, or null when it is missing or not four numbers with a positive size. */
    private static double[] viewBox(String viewBox) {
        if (viewBox == null) {
            return null;
        }
        String[] parts = VIEW_BOX_SEPARATOR.split(viewBox.strip());
        if (parts.length != 4) {
            return null;
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            return width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height)
                    ? new double[] {width, height} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int round(double pixels) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(pixels)));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown problem";
        }
        String one = message.strip();
        int newline = one.lastIndexOf('\n');
        return newline < 0 ? one : one.substring(newline + 1).strip();
    }
}
