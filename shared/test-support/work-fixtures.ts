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
  columns: [
    { id: 'inst-gov', label: 'Official governance of the institution' },
    { id: 'su-gov', label: "Official governance of the students' union" },
    { id: 'unofficial', label: 'Unofficial engagement' },
  ],
  rows: [
    { id: 'access', label: 'Access' },
    { id: 'success', label: 'Success' },
    { id: 'progression', label: 'Progression' },
  ],
  strengths: [
    { id: 'none-yet', level: 0, label: 'None yet' },
    { id: 'informed', level: 1, label: 'Informed' },
    { id: 'consulted', level: 2, label: 'Consulted' },
    { id: 'co-created', level: 3, label: 'Co-created' },
  ],
  gapBelowLevel: 2,
  frequencies: [
    { id: 'yearly', label: 'Once a year' },
    { id: 'termly', label: 'Each term' },
    { id: 'monthly', label: 'Monthly' },
  ],
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
  columns: [
    { id: 'teaching', label: 'Teaching activities' },
    { id: 'curriculum', label: 'Curriculum design' },
    { id: 'assessment', label: 'Assessment and feedback' },
    { id: 'quality', label: 'Quality assurance' },
    { id: 'research', label: 'Research and inquiry' },
    { id: 'community', label: 'Community building' },
    { id: 'strategic', label: 'Strategic work' },
  ],
  rows: [
    { id: 'programme', label: 'Programme' },
    { id: 'school', label: 'School' },
    { id: 'university', label: 'University' },
  ],
  strengths: [
    { id: 'not-yet', level: 0, label: 'Not yet' },
    { id: 'consultation', level: 1, label: 'Consultation' },
    { id: 'involvement', level: 2, label: 'Involvement' },
    { id: 'participation', level: 3, label: 'Participation' },
    { id: 'partnership', level: 4, label: 'Partnership' },
  ],
  gapBelowLevel: 3,
  frequencies: [{ id: 'regular', label: 'Regularly' }],
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
  suggestions: [
    { id: 'ambassadors', label: 'Student ambassadors' },
    { id: 'surveys', label: 'Surveys' },
    { id: 'focus-groups', label: 'Focus groups' },
  ],
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
  priorities: [
    { id: 'high', label: 'High' },
    { id: 'medium', label: 'Medium' },
    { id: 'low', label: 'Low' },
  ],
});

export const partnershipActionPlan: ActionPlanPhase = {
  ...unionActionPlan,
  fieldLabels: { ...unionActionPlan.fieldLabels, stage: 'Level', partner: 'Student partner' },
};

let counter = 1_000_000;

export function makeEntry(fields: Partial<MapEntry> & Pick<MapEntry, 'unitId' | 'columnId' | 'rowId' | 'strengthId'>): MapEntry {
  counter += 1;
  return {
    id: uuid(counter),
    sessionId: SESSION_ID,
    ...emptyMapEntryInput({ what: 'Something' }),
    livedExperience: 'unsure', // the form's blank, as the record's type
    order: counter,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

export function makeChannel(fields: Partial<Channel> & Pick<Channel, 'unitId' | 'name'>): Channel {
  counter += 1;
  return {
    id: uuid(counter),
    sessionId: SESSION_ID,
    ...emptyChannelInput(),
    livedExperience: 'unsure', // the form's blank, as the record's type
    order: counter,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

export function makeAction(fields: Partial<Action> & Pick<Action, 'unitId'>): Action {
  counter += 1;
  return {
    id: uuid(counter),
    sessionId: SESSION_ID,
    ...emptyActionInput({ what: 'Do something', owner: 'Sam' }),
    livedExperience: 'unsure', // the form's blank, as the record's type
    order: counter,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}

export function makeCard(fields: Partial<Card> & Pick<Card, 'text'>): Card {
  counter += 1;
  return {
    id: uuid(counter),
    sessionId: SESSION_ID,
    phaseId: 'discussion-2',
    delegateId: null,
    unitId: null,
    topicId: null,
    themeId: null,
    votes: 0,
    actionCandidate: true,
    order: counter,
    createdAt: 1,
    updatedAt: 1,
    ...fields,
  };
}
