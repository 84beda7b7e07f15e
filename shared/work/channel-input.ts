import type { ChannelsPhase } from '../template/schema';
import { channelSchema, livedExperienceSchema, type Channel } from './schema';

/** The editable fields of a channel, as a form holds them. */
export interface ChannelInput {
  name: string;
  reaches: string;
  livedExperience: string;
  unionSupport: string;
  note: string;
  suggestionId: string | null;
}

export type ChannelValue = Pick<Channel, 'name' | 'reaches' | 'livedExperience' | 'unionSupport' | 'note' | 'suggestionId'>;
export type ChannelErrors = Partial<Record<keyof ChannelInput, string>>;

export function emptyChannelInput(defaults: Partial<ChannelInput> = {}): ChannelInput {
  return { name: '', reaches: '', livedExperience: 'unsure', unionSupport: '', note: '', suggestionId: null, ...defaults };
}

export function channelToInput(channel: Channel): ChannelInput {
  return {
    name: channel.name,
    reaches: channel.reaches,
    livedExperience: channel.livedExperience,
    unionSupport: channel.unionSupport,
    note: channel.note,
    suggestionId: channel.suggestionId,
  };
}

/** Checks a channel edit with the stored schema's own field rules and the template's suggestions. */
export function validateChannelInput(
  phase: Pick<ChannelsPhase, 'suggestions'>,
  input: ChannelInput,
): { ok: true; value: ChannelValue } | { ok: false; errors: ChannelErrors } {
  const errors: ChannelErrors = {};
  const shape = channelSchema.shape;
  const field = <K extends 'name' | 'reaches' | 'unionSupport' | 'note'>(key: K): string => {
    const result = shape[key].safeParse(input[key]);
    if (result.success) return result.data;
    errors[key] = result.error.issues[0]?.message ?? 'This value is not valid';
    return '';
  };
  const value = {
    name: field('name'),
    reaches: field('reaches'),
    unionSupport: field('unionSupport'),
    note: field('note'),
  };
  const lived = livedExperienceSchema.safeParse(input.livedExperience);
  if (!lived.success) errors.livedExperience = 'Choose yes, no or not sure';
  const suggestionId = input.suggestionId === null || input.suggestionId === '' ? null : input.suggestionId;
  if (suggestionId !== null && !phase.suggestions.some((s) => s.id === suggestionId)) errors.suggestionId = 'This suggestion is not in the template';
  if (Object.keys(errors).length > 0 || !lived.success) return { ok: false, errors };
  return { ok: true, value: { ...value, livedExperience: lived.data, suggestionId } };
}

