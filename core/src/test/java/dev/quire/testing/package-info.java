/** Helpers for tests of Quire and its plugins and themes: sites written on the fly. */
package dev.quire.testing;
