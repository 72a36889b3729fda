import type { SurveyAnswers } from './SurveyAnswers.js';

/** The four questions of the survey, in order, keyed as the answers are. */
export const surveyQuestions: readonly { key: keyof SurveyAnswers; text: string }[] = [
  {
    key: 'constraint',
    text: 'Which stage of our work limits how much we deliver — our constraint?',
  },
  { key: 'strategy', text: 'In your own words, what is our strategy?' },
  { key: 'success', text: 'What does success look like this quarter for your team?' },
  { key: 'contribution', text: 'How does your work feed the constraint?' },
];
