import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourse } from '../../data/course';
import { deckData } from '../../data/gameData';
import { jsonResponse } from '../../data/jsonResponse';

/** A sorting game's deck as a static JSON file, loaded by the game island when the learner starts (or when the browser is idle). */
export const getStaticPaths: GetStaticPaths = async () => {
  const { decks } = await getCourse();
  return [...decks.keys()].map((deck) => ({ params: { deck } }));
};

export const GET: APIRoute = async ({ params }) => jsonResponse(deckData(await getCourse(), params['deck']!, import.meta.env.BASE_URL));
