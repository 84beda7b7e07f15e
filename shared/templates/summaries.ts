/**
 * What the home screen shows of each built-in template, so the first screen loads neither every
 * template's agenda nor the code that validates it: the templates load when a session is created
 * from one. A unit test checks these say exactly what the templates say.
 */
export interface TemplateSummary {
  id: string;
  title: string;
  description: string;
  durationMinutes: number;
  phaseCount: number;
}

export const builtInTemplateSummaries: readonly TemplateSummary[] = Object.freeze([
  {
    id: "students-union-co-creation",
    title: "Co-creation with students' unions",
    description:
      "A 60-minute workshop for access and participation teams and students' union officers and staff. Widening-participation work is unlikely to work unless it is informed and created by students at the institution with lived experience. The session tests what delegates know about students' unions, maps where they already engage with the union across access, success and progression, looks at how they engage students directly in collaboration with the union, and ends with an action plan for each team, one commitment per table and a follow-up date. The quiz can be run again at the close to compare before and after (Setup, Quiz).",
    durationMinutes: 60,
    phaseCount: 9,
  },
  {
    id: "student-staff-partnership-network",
    title: "Student–staff partnership network",
    description:
      "A 60-minute meeting of a student–staff partnership network, open to all students and staff and built on mutual respect and shared responsibility. Students and staff test what they know about partnership, share practice, map where partnership already happens at programme, school and university level, and leave with an action plan for each team, one commitment per table and the date of the next meeting. The warm-up can be run again at the close (Setup, Quiz).",
    durationMinutes: 60,
    phaseCount: 7,
  },
]);
