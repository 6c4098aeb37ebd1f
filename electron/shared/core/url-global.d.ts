/**
 * The shared code runs in Node and in the renderer, both of which provide the WHATWG URL class.
 * The shared project sees neither node nor DOM types (that keeps it pure), so declare just this.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}
