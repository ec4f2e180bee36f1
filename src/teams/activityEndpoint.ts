import type { Request, Response } from 'restify';
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';

/**
 * A POSTed activity from the HTTP route to the bot, as CloudAdapter.process hands it on, without the
 * zod passes that method makes on every request over the request, the response, the handler and the
 * body (about 3 % of a dialog turn): the route's gate (src/http/activityGate.ts) has checked the body.
 * botbuilder's own steps stay: token check, turn, invoke or expectReplies answer. A refused token is
 * a 401 with the authentication's message ('Unauthorized'); any other failure is thrown to the route,
 * which logs it and answers 500 without detail.
 */
export class TurnAdapter extends CloudAdapter {
  endpoint(logic: (context: TurnContext) => Promise<void>) {
    return (req: Request, res: Response) => this.answer(req, res, logic);
  }

  private async answer(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = withDates(req.body as Activity & Record<string, unknown>);
    const authorization = req.headers.authorization;
    let answer: { status?: number; body?: unknown } | undefined;
    try {
      answer = await this.processActivity(typeof authorization === 'string' ? authorization : '', activity, logic);
    } catch (err) {
      if (!(err instanceof AuthenticationError)) throw err;
      answer = { status: 401, body: err.message };
    }
    res.status(answer?.status ?? 200);
    if (answer?.body) res.send(answer.body);
    res.end();
  }
}

/** botbuilder's validateAndFixActivity (not exported): the wire's date strings as Dates, the raw text kept beside them. */
function withDates(activity: Activity & Record<string, unknown>): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['expiration', 'rawExpiration'],
    ['localTimestamp', 'rawLocalTimestamp'],
  ] as const) {
    const value = activity[field];
    if (typeof value !== 'string') continue;
    activity[raw] = value;
    activity[field] = new Date(value) as never;
  }
  return activity;
}
