// TypeDoc plugin for the per-subpath API reference: each entry point becomes a module named after its
// import path ("pledgekit/calendar"); members are grouped by what they are (Functions, Schemas, Types,
// Interfaces, Variables): exported zod schemas (`…Schema` variables) get a "Schemas" group, and the
// sources' older `@category` tags, which would replace those groups with one heading per module,
// are ignored.
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (reflection.kindOf(ReflectionKind.Module)) reflection.name = `pledgekit/${reflection.name.replace(/\/index$/, "")}`;
  });
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const reflection of Object.values(context.project.reflections)) {
        reflection.comment?.removeTags("@category");
        for (const signature of reflection.signatures ?? []) signature.comment?.removeTags("@category");
        if (reflection.kindOf(ReflectionKind.Variable) && /Schema$/.test(reflection.name)) {
          reflection.comment ??= new Comment();
          reflection.comment.removeTags("@group");
          reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: "Schemas" }]));
        }
      }
    },
    100,
  );
}
