// Voters' recommendations passed on by the Fatherland Front (kiến nghị của cử tri): the type, the
// list, and one mutation per step.
import "./types.ts";
import "./queries.ts";
import "./recordRecommendation.ts";
import "./assignRecommendation.ts";
import "./answerRecommendation.ts";
import "./closeRecommendation.ts";
