/**
 * The letters' words in English: what the bureau or company reads. Written for Lockstep from what
 * the FTC's sample letters ask for (the request, the items, the statement, the enclosures), not
 * copied from them. Spanish letters keep this English text and print words-es.ts under it.
 */
export const LETTER_WORDS_EN = {
  fromHeading: 'From',
  name: 'Name',
  address: 'Mailing address',
  dateOfBirth: 'Date of birth',
  ssn: 'Social Security number',
  ssnCompany: 'Social Security number (only if they ask for it)',
  accountNumber: 'Account number in full (from a statement or notice)',
  phone: 'Phone number (optional)',
  datePrefix: 'Date:',
  toHeading: 'To',
  companyAddress: "Write the company's address for fraud or disputes here, from a statement or its official site",
  bureauCheck: (host: string) => `Address: check it on the official site before mailing (${host})`,
  salutation: 'To whom it may concern:',
  closing: 'Sincerely,',
  signature: 'Signature',
  signedOn: 'Date signed',
  enclosed: 'Enclosed',
  asksHeading: 'What I ask you to do',
  encFtc: 'A copy of my FTC Identity Theft Report (from IdentityTheft.gov)',
  encId: 'A copy of a government-issued photo ID',
  encAddress: 'A copy of a recent bill or bank statement that shows my name and address',
  encReport: 'A copy of my credit report with these items marked, if I have one',
  encStatements: 'Copies of any statement, bill or notice that shows the account or the charges',
  // One line per item: what, where, when, how much, which account.
  item: (p: { kind: string; company: string; noticed: string; amount?: string; reference?: string }) =>
    [
      `${p.kind}: ${p.company}`,
      `noticed ${p.noticed}`,
      ...(p.amount ? [`amount ${p.amount}`] : []),
      ...(p.reference ? [`account ending ${p.reference}`] : []),
    ].join('; '),
  block: {
    subject:
      'Request to block information that resulted from identity theft (Fair Credit Reporting Act section 605B, 15 U.S.C. 1681c-2)',
    body: [
      'I am a victim of identity theft. The items below are in my credit file, or may soon be, because someone used my personal information without my permission. I did not open these accounts or make these transactions, and I did not let anyone do so for me.',
      'Under section 605B of the Fair Credit Reporting Act, I ask you to block this information from my credit file and to tell each company that furnished it that it has been blocked.',
    ],
    items: 'The information to block',
    statement:
      'My statement: the information listed above does not relate to any transaction that I made or authorized.',
    after: [
      'Please confirm the block to me in writing at the address above, and send me a free copy of my credit report when it is done.',
    ],
  },
  dispute: {
    subject: 'Dispute of an account or charges that resulted from identity theft',
    body: [
      'I am a victim of identity theft. Someone used my personal information, without my permission, for the account or charges described below. I did not open the account or make the charges, I did not let anyone do so for me, and I received nothing of value from them.',
    ],
    items: 'The account or charges I dispute',
    asks: [
      'Close the account, or remove the charges, and remove any interest or fees that come from them.',
      'Stop any collection of this amount from me, and do not sell it to a debt collector.',
      'Tell every credit bureau you report to that this information is the result of identity theft, so it can be deleted from my file.',
      'Confirm to me in writing that I am not responsible for this account or these charges.',
    ],
    after: ['Please write to me at the address above.'],
  },
  records: {
    subject:
      'Request for the records of an account opened or used through identity theft (Fair Credit Reporting Act section 609(e), 15 U.S.C. 1681g(e))',
    body: [
      'I am a victim of identity theft. An account was opened or used with your company in my name, without my permission, as described below.',
      'Under section 609(e) of the Fair Credit Reporting Act, please send me, free of charge, copies of the application and the business records of the transactions that you have for this account.',
    ],
    items: 'The account',
    asks: [
      'The application, and any record of it, whether it was made online, by phone or in person.',
      'Statements, and the records of the transactions and payments.',
      'Any mailing or delivery address, phone number or email address used with the account.',
      'Any other record you have of the account or of these transactions.',
    ],
    after: ['Please send the records to me at the address above.'],
  },
  alert: {
    subject: 'Request for an extended fraud alert',
    body: [
      'I am a victim of identity theft. Please place an extended fraud alert on my credit file. My identity theft report is enclosed.',
    ],
    items: 'What was done in my name',
    after: ['Please tell me in writing when the alert is in place.'],
  },
  footer: 'Lockstep never asks for or keeps a Social Security number. Write the numbers by hand, on paper only.',
};

export type LetterWords = typeof LETTER_WORDS_EN;
