/**
 * Text that comes from a web page (a title, the words around a mention), shown isolated: in a `<bdi>`, so that a
 * right-to-left override or embedding in it cannot reorder the panel's own words around it.
 */

/** A marker no page text or translation holds: a template's `$1` filled with it shows where the page text goes. */
const SLOT = '\uE000';

/** `text` in a `<bdi>`; with `template` (a string with `PageText.SLOT` in it), the template's words around it. */
export function PageText({ text, template }: { text: string; template?: string }) {
  if (!template) return <bdi>{text}</bdi>;
  const at = template.indexOf(SLOT);
  if (at < 0) return <>{template}</>;
  return (
    <>
      {template.slice(0, at)}
      <bdi>{text}</bdi>
      {template.slice(at + SLOT.length)}
    </>
  );
}

PageText.SLOT = SLOT;
