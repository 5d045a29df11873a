import { useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { asLocale, INTL_LOCALE } from '../i18n/locale';

/** Dates and numbers in the person's chosen language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const tag = INTL_LOCALE[asLocale(i18n.language)];
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' });
    const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
    const number = new Intl.NumberFormat(tag);
    const short = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short' });
    const nok = new Intl.NumberFormat(tag, { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
    return {
      date: (iso: string) => date.format(new Date(iso)),
      /** A calendar date (YYYY-MM-DD), read as that day wherever the person is. */
      day: (ymd: string) => date.format(new Date(`${ymd}T12:00:00`)),
      shortDay: (ymd: string) => short.format(new Date(`${ymd}T12:00:00`)),
      nok: (n: number) => nok.format(n),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      number: (n: number) => number.format(n),
      list: (items: string[]) => list.format(items),
    };
  }, [tag]);
}
