/**
 * Settings that document themselves: {@link dev.quire.settings.Setting} on the components of a
 * settings record says what each key of {@code quire.yml} does, and
 * {@link dev.quire.settings.SettingsReference} turns such a record into a description of its keys,
 * their types and defaults, from which the configuration reference is generated.
 */
package dev.quire.settings;
