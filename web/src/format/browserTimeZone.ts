/** The IANA zone the browser shows times in, named next to times and on time axes. */
export const browserTimeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone;
