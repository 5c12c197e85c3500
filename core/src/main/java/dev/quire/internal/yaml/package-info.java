/** YAML read safely into Jackson trees that remember source lines, and bound to settings records. */
package dev.quire.internal.yaml;
