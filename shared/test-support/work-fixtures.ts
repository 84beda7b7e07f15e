/**
 * Phase fixtures for the work-logic tests. They are parsed through the template schemas so a
 * schema change that breaks them fails loudly here rather than silently in a test.
 * Test support only: nothing in the app imports this module.
 */
import {
  actionPlanPhaseSchema,
  channelsPhaseSchema,
  mappingPhaseSchema,
  type ActionPlanPhase,
  type ChannelsPhase,
  type MappingPhase,
} from '../template/schema';
import type { Card } from '../run/schema';
import { emptyActionInput } from '../work/action-input';
import { emptyChannelInput } from '../work/channel-input';
import { emptyMapEntryInput } from '../work/map-entry-input';
import type { Action, Channel, MapEntry } from '../work/schema';
import { idLabels, strengthLevels } from './option-lists';

export const SESSION_ID = '00000000-0000-4000-8000-000000000000';

/** A deterministic UUID from a number, so tests can name records. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const unionMapping: MappingPhase = mappingPhaseSchema.parse({
  id: 'activity-2',
  kind: 'mapping',
  title: 'Where you engage with your union',
  minutes: 10,
  audiencePrompt: '',
  facilitatorNotes: '',
  columns: idLabels({
    'inst-gov': 'Official governance of the institution',
    'su-gov': "Official governance of the students' union",
    unofficial: 'Unofficial engagement',
  }),
  rows: idLabels({ access: 'Access', success: 'Success', progression: 'Progression' }),
  strengths: strengthLevels({ 'none-yet': 'None yet', informed: 'Informed', consulted: 'Consulted', 'co-created': 'Co-created' }),
  gapBelowLevel: 2,
  frequencies: idLabels({ yearly: 'Once a year', termly: 'Each term', monthly: 'Monthly' }),
  partnerLabel: 'Union role or group',
  suggestions: [
    { id: 'app-committee', columnId: 'inst-gov', label: 'Access and participation plan steering group' },
    { id: 'su-council', columnId: 'su-gov', label: 'Union council' },
    { id: 'societies', columnId: 'unofficial', label: 'Societies and networks' },
  ],
});

export const partnershipMapping: MappingPhase = mappingPhaseSchema.parse({
  id: 'partnership-map',
  kind: 'mapping',
  title: 'Where students and staff work in partnership',
  minutes: 12,
  audiencePrompt: '',
  facilitatorNotes: '',
  columns: idLabels({
    teaching: 'Teaching activities',
    curriculum: 'Curriculum design',
    assessment: 'Assessment and feedback',
    quality: 'Quality assurance',
    research: 'Research and inquiry',
    community: 'Community building',
    strategic: 'Strategic work',
  }),
  rows: idLabels({ programme: 'Programme', school: 'School', university: 'University' }),
  strengths: strengthLevels({
    'not-yet': 'Not yet',
    consultation: 'Consultation',
    involvement: 'Involvement',
    participation: 'Participation',
    partnership: 'Partnership',
  }),
  gapBelowLevel: 3,
  frequencies: idLabels({ regular: 'Regularly' }),
  partnerLabel: 'Student partners',
  suggestions: [],
});

export const unionChannels: ChannelsPhase = channelsPhaseSchema.parse({
  id: 'activity-3',
  kind: 'channels',
  title: 'How you engage students directly',
  minutes: 10,
  audiencePrompt: '',
  facilitatorNotes: '',
  suggestions: idLabels({ ambassadors: 'Student ambassadors', surveys: 'Surveys', 'focus-groups': 'Focus groups' }),
});

export const unionActionPlan: ActionPlanPhase = actionPlanPhaseSchema.parse({
  id: 'conclusion',
  kind: 'action-plan',
  title: 'Your action plan',
  minutes: 10,
  audiencePrompt: '',
  facilitatorNotes: '',
  fieldLabels: {
    what: 'Action',
    why: 'Why it matters',
    owner: 'Owner',
    partner: 'Union partner',
    firstStep: 'First step',
    byWhen: 'By when',
    stage: 'Stage',
    success: 'How you will know it worked',
    priority: 'Priority',
    livedExperience: 'Students with lived experience involved',
  },
  priorities: idLabels({ high: 'High', medium: 'Medium', low: 'Low' }),
});

export const partnershipActionPlan: ActionPlanPhase = {
  ...unionActionPlan,
  fieldLabels: { ...unionActionPlan.fieldLabels, stage: 'Level', partner: 'Student partner' },
};

let counter = 1_000_000;

/** The fields every session record carries, with the next id and order. */
function nextRecordBase() {
  counter += 1;
  return { id: uuid(counter), sessionId: SESSION_ID, order: counter, createdAt: 1, updatedAt: 1 };
}

export function makeEntry(fields: Partial<MapEntry> & Pick<MapEntry, 'unitId' | 'columnId' | 'rowId' | 'strengthId'>): MapEntry {
  return {
    ...nextRecordBase(),
    ...emptyMapEntryInput({ what: 'Something' }),
    livedExperience: 'unsure', // the form's blank, as the record's type
    ...fields,
  };
}

export function makeChannel(fields: Partial<Channel> & Pick<Channel, 'unitId' | 'name'>): Channel {
  return { ...nextRecordBase(), ...emptyChannelInput(), livedExperience: 'unsure', ...fields };
}

export function makeAction(fields: Partial<Action> & Pick<Action, 'unitId'>): Action {
  return {
    ...nextRecordBase(),
    ...emptyActionInput({ what: 'Do something', owner: 'Sam' }),
    livedExperience: 'unsure',
    ...fields,
  };
}

export function makeCard(fields: Partial<Card> & Pick<Card, 'text'>): Card {
  return {
    ...nextRecordBase(),
    phaseId: 'discussion-2',
    delegateId: null,
    unitId: null,
    topicId: null,
    themeId: null,
    votes: 0,
    actionCandidate: true,
    ...fields,
  };
}
