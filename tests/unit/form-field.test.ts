// The shared form field (components/form-field.tsx) as a screen reader meets it: the label names the control, the
// hint and the error are read with it through aria-describedby, and aria-invalid is set only while there is an error.
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField, Input, Select, TextArea } from "@/components/form-field";

function render(element: React.ReactElement) {
  const markup = renderToStaticMarkup(element);
  const attribute = (tag: string, name: string) => markup.match(new RegExp(`<${tag}[^>]* ${name}="([^"]*)"`))?.[1];
  const textOf = (id: string) => markup.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1];
  return { markup, attribute, textOf };
}

describe("FormField", () => {
  it("ties the label to the control and names it", () => {
    const { attribute, markup } = render(
      h(FormField, { name: "title", label: "Title", children: h(Input, { required: true }) }),
    );
    const id = attribute("input", "id");
    expect(id).toMatch(/^\S+$/);
    expect(attribute("label", "for")).toBe(id);
    expect(attribute("input", "name")).toBe("title");
    expect(markup).not.toContain("aria-invalid");
    expect(markup).not.toContain("aria-describedby");
    expect(markup).toContain("required");
  });

  it("reads the hint and the error with the control, in that order, and marks it invalid", () => {
    const { attribute, textOf } = render(
      h(FormField, {
        name: "language",
        label: "Language",
        hint: "A BCP 47 tag",
        error: ["Unknown tag.", "Too long."],
        children: h(Input, { defaultValue: "xx-yy" }),
      }),
    );
    const [hintId, errorId] = (attribute("input", "aria-describedby") ?? "").split(" ");
    expect(textOf(hintId)).toBe("A BCP 47 tag");
    expect(textOf(errorId)).toBe("Unknown tag. Too long.");
    expect(attribute("input", "aria-invalid")).toBe("true");
  });

  it("gives select and textarea controls the same wiring", () => {
    const select = render(
      h(FormField, {
        name: "kind",
        label: "Kind",
        error: "Choose one.",
        children: h(Select, { children: h("option", null, "country") }),
      }),
    );
    expect(select.attribute("label", "for")).toBe(select.attribute("select", "id"));
    expect(select.textOf(select.attribute("select", "aria-describedby")!)).toBe("Choose one.");
    const area = render(
      h(FormField, { name: "body", label: "Body", hint: "Plain text", children: h(TextArea, { rows: 3 }) }),
    );
    expect(area.attribute("textarea", "name")).toBe("body");
    expect(area.attribute("textarea", "aria-invalid")).toBeUndefined();
  });

  it("gives two fields on one page different ids", () => {
    const { markup } = render(
      h("form", null, [
        h(FormField, { key: 1, name: "a", label: "A", children: h(Input) }),
        h(FormField, { key: 2, name: "b", label: "B", children: h(Input) }),
      ]),
    );
    const ids = [...markup.matchAll(/<input[^>]* id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it("announces the error of a field checked while typing, and only then", () => {
    const live = (error: string | null) =>
      render(
        h(FormField, {
          name: "holder",
          label: "Country code",
          hint: "Esc: leave it.",
          error,
          live: true,
          children: h(Input),
        }),
      );
    const failing = live("No country has the code “ZZ”.");
    const [, errorId] = (failing.attribute("input", "aria-describedby") ?? "").split(" ");
    expect(failing.markup).toMatch(new RegExp(`<p id="${errorId}" role="alert"[^>]*>No country has the code “ZZ”.<`));
    expect(live(null).markup).not.toContain("role=");
    const quiet = render(h(FormField, { name: "title", label: "Title", error: "Required.", children: h(Input) }));
    expect(quiet.markup).not.toContain("role=");
  });

  it("puts the label beside the control inline, and keeps a fixed id the page looks the control up by", () => {
    const { attribute, markup } = render(
      h(FormField, { name: "find", id: "find-in-text", label: "Find in text", layout: "inline", children: h(Input) }),
    );
    expect(attribute("input", "id")).toBe("find-in-text");
    expect(attribute("label", "for")).toBe("find-in-text");
    expect(markup).toMatch(/^<div class="flex[^"]*items-center/);
    expect(attribute("label", "class")).not.toContain("block");
  });

  it("keeps a hidden label for screen readers, still naming the control", () => {
    const { attribute } = render(
      h(FormField, { name: "q", label: "Search statements", hideLabel: true, children: h(Input, { type: "search" }) }),
    );
    expect(attribute("label", "class")).toBe("sr-only");
    expect(attribute("label", "for")).toBe(attribute("input", "id"));
  });

  it("refuses a control outside a field, so a label cannot be forgotten", () => {
    expect(() => renderToStaticMarkup(h(Input))).toThrow(/inside a <FormField>/);
  });
});
