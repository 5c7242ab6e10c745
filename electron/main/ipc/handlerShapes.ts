import type { Db } from '../db/connection';
import type { WriteContext } from '../repositories/writeContext';
import { writeContext, type HandlerContext } from './handlerTypes';

/*
 * Most channels hand their validated input straight to one repository or service function with
 * the database and one write context (one clock reading, the shell's actor). These name those
 * two shapes once, so a handler table reads as "which function serves which channel".
 */

/** A channel whose whole input is the function's input: `(db, input, write)`. */
export function writesInput<I, R>(
  write: (db: Db, input: I, ctx: WriteContext) => R,
): (input: I, ctx: HandlerContext) => R {
  return (input, ctx) => write(ctx.db, input, writeContext(ctx));
}

/** A channel that names one record by id (delete, restore, remove): `(db, id, write)`. */
export function writesById<Id, R>(
  write: (db: Db, id: Id, ctx: WriteContext) => R,
): (input: Readonly<{ id: Id }>, ctx: HandlerContext) => R {
  return (input, ctx) => write(ctx.db, input.id, writeContext(ctx));
}

/** A read whose whole input is the function's input (a filter, a page): `(db, input)`. */
export function readsInput<I, R>(read: (db: Db, input: I) => R): (input: I, ctx: HandlerContext) => R {
  return (input, ctx) => read(ctx.db, input);
}

/** A read that takes no input (a whole list, the settings): `(db)`. */
export function readsAll<R>(read: (db: Db) => R): (input: unknown, ctx: HandlerContext) => R {
  return (_input, ctx) => read(ctx.db);
}
