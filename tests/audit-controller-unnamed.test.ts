/**
 * A notice whose head gives the controller's address, business ID and phone with no name over them, and speaks of
 * "our company" only: the import takes the details for the controller's and leaves its name to the writer; the audit
 * reports the controller never named, unless the text names an organisation by its company form.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const head = ['Privacy statement', '', 'Privacy statement 24.5.2018', '', 'Osmontie 34,', '00610 Helsinki', 'Business ID: 2412998-4', 'p. +358 50-352 2019', ''];
const body = (who: string) => [`We collect personal details in order to take care of the customer relationships of ${who}.`, '', 'You have the following rights:', '', '- the right to check your personal details', '- the right to correct your personal details'];

describe('the controller\'s details at the head of a notice that names no one', () => {
  it('are the controller\'s, its name left to the writer', () => {
    const { register, yaml } = importNotice([...head, ...body('our company')].join('\n'), { lang: 'en' });
    expect(register['controller']).toMatchObject({ business_id: '2412998-4', address: { street: 'Osmontie 34', postal_code: '00610', city: 'Helsinki' }, phone: '+358 50-352 2019' });
    expect(yaml).toContain('the controller\'s details are taken from line 5 of the original, which names no one: check them');
  });

  it('are reported as naming no controller, at their line; not where the text names one by its company form', async () => {
    const unnamed = async (who: string) => (await auditText([...head, ...body(who)].join('\n'), 'notice.txt')).filter((f) => f.message.includes('never names the controller')).map((f) => f.line);
    expect(await unnamed('our company')).toEqual([5]);
    expect(await unnamed('Formarin Oy')).toEqual([]);
  });

  it('a block of details with a name is no such block, nor one without a business ID', () => {
    const named = importNotice(['Privacy statement', '', 'Example Ltd', 'Osmontie 34, 00610 Helsinki', 'Business ID: 2412998-4', '', ...body('our company')].join('\n'), { lang: 'en' });
    expect(named.yaml).not.toContain('which names no one');
    const noId = importNotice(['Privacy statement', '', 'Osmontie 34, 00610 Helsinki', 'p. +358 50-352 2019', '', ...body('our company')].join('\n'), { lang: 'en' });
    expect(noId.yaml).not.toContain('which names no one');
  });
});
