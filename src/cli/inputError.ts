/** A review the command line cannot carry out: one Chinese line on stderr and exit 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
