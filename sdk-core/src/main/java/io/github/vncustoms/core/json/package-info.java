/**
 * The SDK's one JSON configuration, reused by every module.
 *
 * <p>{@link io.github.vncustoms.core.json.CustomsJson} writes {@code java.time} values as ISO-8601
 * text, reads records, and tolerates unknown properties so that a document written by a newer
 * release still reads:
 *
 * <pre>{@code
 * CustomsUnit unit = CustomsJson.reader(CustomsUnit.class).readValue(json);
 * String text = CustomsJson.writer().writeValueAsString(unit);
 * }</pre>
 */
package io.github.vncustoms.core.json;
