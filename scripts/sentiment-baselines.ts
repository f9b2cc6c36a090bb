import { createRequire } from 'node:module';

/** The two general-purpose sentiment scorers Steady is compared with (neither ships types). */
const require = createRequire(import.meta.url);
const vader = require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } } };
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } };
const afinn = new Sentiment();

/** VADER's compound score, -1 (negative) to 1 (positive). */
export const vaderCompound = (text: string): number => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
/** The AFINN word-score sum from `sentiment`; below zero reads as negative. */
export const afinnScore = (text: string): number => afinn.analyze(text).score;
