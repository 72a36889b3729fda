/**
 * A typed attribute value as read from a log. XES dates are kept as ISO 8601 strings in UTC;
 * nested XES attributes are flattened to `parent/child` keys by the reader.
 */
export type AttributeValue = string | number | boolean;
