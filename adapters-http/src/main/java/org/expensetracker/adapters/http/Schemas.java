package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/** Small factories for the JSON Schema pieces of the OpenAPI document (OpenAPI 3.0 dialect). */
final class Schemas {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Schemas() {}

  static ObjectNode string() {
    return NODES.objectNode().put("type", "string");
  }

  static ObjectNode string(int minLength, int maxLength) {
    return string().put("minLength", minLength).put("maxLength", maxLength);
  }

  static ObjectNode uuid() {
    return string().put("format", "uuid");
  }

  /** An ISO 4217 code as the API reads and writes it. */
  static ObjectNode currency() {
    return string().put("pattern", "^[A-Z]{3}$").put("example", "JPY");
  }

  static ObjectNode email() {
    return string().put("format", "email").put("maxLength", 254);
  }

  static ObjectNode date() {
    return string().put("format", "date").put("example", "2026-11-05");
  }

  static ObjectNode dateTime() {
    return string().put("format", "date-time");
  }

  static ObjectNode integer(long minimum, long maximum) {
    return NODES
        .objectNode()
        .put("type", "integer")
        .put("format", "int64")
        .put("minimum", minimum)
        .put("maximum", maximum);
  }

  static ObjectNode bool() {
    return NODES.objectNode().put("type", "boolean");
  }

  /** An exact decimal amount as the API writes it: a string at the currency's scale. */
  static ObjectNode amount() {
    return string()
        .put("pattern", "^-?[0-9]+(\\.[0-9]+)?$")
        .put("example", "42.50")
        .put("description", "Exact decimal at the currency's scale, as a string");
  }

  /**
   * An amount as the API reads it: a decimal string (preferred) or a plain JSON number, never in
   * exponent form and never with more decimals than the currency has.
   */
  static ObjectNode amountInput() {
    ObjectNode schema = NODES.objectNode();
    schema
        .putArray("oneOf")
        .add(string().put("pattern", "^[0-9]+(\\.[0-9]+)?$").put("example", "42.50"))
        .add(
            NODES
                .objectNode()
                .put("type", "number")
                .put("exclusiveMinimum", true)
                .put("minimum", 0));
    return schema.put(
        "description",
        "Exact amount in the workspace's currency: a string such as \"42.50\" or a plain number;"
            + " more decimals than the currency has, zero, negative or over 1000000000000 is 400");
  }

  static ObjectNode enumOf(List<String> values) {
    ObjectNode schema = string();
    ArrayNode list = schema.putArray("enum");
    values.forEach(list::add);
    return schema;
  }

  static ObjectNode enumOf(String... values) {
    return enumOf(Arrays.asList(values));
  }

  static ObjectNode ref(String component) {
    return NODES.objectNode().put("$ref", "#/components/schemas/" + component);
  }

  static ObjectNode array(ObjectNode items) {
    ObjectNode schema = NODES.objectNode().put("type", "array");
    schema.set("items", items);
    return schema;
  }

  /** {@code {"items": [...]}}, the shape of every unpaged list. */
  static ObjectNode items(String component) {
    return object().required("items", array(ref(component))).build();
  }

  static ObjectNode nullable(ObjectNode schema) {
    return schema.put("nullable", true);
  }

  /** Adds a description; a {@code $ref} allows no siblings, so it is wrapped in an allOf. */
  static ObjectNode described(ObjectNode schema, String description) {
    if (schema.has("$ref")) {
      ObjectNode wrapper = NODES.objectNode();
      wrapper.putArray("allOf").add(schema);
      return wrapper.put("description", description);
    }
    return schema.put("description", description);
  }

  static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /** An object schema; {@link #closed()} for request bodies, which refuse unknown fields. */
  static final class ObjectBuilder {
    private final ObjectNode schema = NODES.objectNode().put("type", "object");
    private final ObjectNode properties = schema.putObject("properties");
    private final ArrayNode required = NODES.arrayNode();

    ObjectBuilder required(String name, ObjectNode property) {
      properties.set(name, property);
      required.add(name);
      return this;
    }

    ObjectBuilder optional(String name, ObjectNode property) {
      properties.set(name, property);
      return this;
    }

    ObjectBuilder description(String text) {
      schema.put("description", text);
      return this;
    }

    ObjectNode build() {
      if (!required.isEmpty()) {
        schema.set("required", required);
      }
      return schema;
    }

    /** The API answers 400 to a field it does not know, so request schemas say so. */
    ObjectNode closed() {
      return build().put("additionalProperties", false);
    }
  }
}
