import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { photoQuestion, reachPhotoStep, SWEDISH_ANSWERS } from '../support/photoFlow';

/** Issue 17: the upload page says whose photo it is for. */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const heading = (html: string) => /<h1>(.*?)<\/h1>/.exec(html)?.[1];

describe.each([
  ['en-US', 'Upload the photo of '],
  ['sv-SE', 'Ladda upp fotot på '],
] as const)('the upload page names the cardholder (%s)', (locale, prefix) => {
  it('in the browser link and in the Teams dialog link, with the name HTML-escaped', async () => {
    const user = new TeamsUser(harness, { locale });
    // An apostrophe is a legal name character; it must reach the page as an entity, not as markup.
    const answers = ['Siobhán', "O'Brien", ...SWEDISH_ANSWERS.slice(2)];
    const { uploadUrl, taskData } = photoQuestion(await reachPhotoStep(user, answers));
    const page = await (await fetch(uploadUrl)).text();
    expect(heading(page)).toBe(`${prefix}Siobhán O&#39;Brien`);
    expect(page).not.toContain("O'Brien");

    const fetched = await user.post(user.activity({ type: 'invoke', name: 'task/fetch', value: { data: taskData } }));
    const dialogPage = await (await fetch(fetched.body.task.value.url)).text();
    expect(heading(dialogPage)).toBe(`${prefix}Siobhán O&#39;Brien`);
  });
});
