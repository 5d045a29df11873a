import { FYLKER, KOMMUNER } from './kommuner.data.js';

export interface Kommune {
  nummer: string;
  navn: string;
  fylkesnummer: string;
  fylkesnavn: string;
}
export interface Fylke {
  nummer: string;
  navn: string;
}

const fylker = new Map(FYLKER.map(([nummer, navn]) => [nummer, { nummer, navn }]));
const kommuner = new Map(
  KOMMUNER.map(([nummer, navn, fylkesnummer]) => [
    nummer,
    { nummer, navn, fylkesnummer, fylkesnavn: fylker.get(fylkesnummer)?.navn ?? '' },
  ]),
);

export function findKommune(nummer: string): Kommune | undefined {
  return kommuner.get(nummer);
}

export function findFylke(nummer: string): Fylke | undefined {
  return fylker.get(nummer);
}

export function allKommuner(): Kommune[] {
  return [...kommuner.values()];
}

export function allFylker(): Fylke[] {
  return [...fylker.values()];
}
