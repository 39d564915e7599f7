/** Values one page hands down to the components it renders, for the length of that page's render. */
declare namespace App {
  interface Locals {
    /** On a campaign page: the key dates (YYYY-MM-DD) its key-date list already shows, so the body does not repeat them. */
    listedKeyDates?: ReadonlySet<string>;
  }
}
