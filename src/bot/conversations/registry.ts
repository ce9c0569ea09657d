// Every conversation of the bot, registered once, right after the conversations
// plugin (create-bot.ts): a flow sees the chat's updates before any feature,
// whatever the order of the features. Features only start flows (startFlow).
import type { ConversationBuilder } from '@grammyjs/conversations'
import type { BotContext, ConversationContext } from '../context.js'
import { createConversation } from '@grammyjs/conversations'
import { Composer } from 'grammy'
import { apply, applyId } from './apply.js'
import { arrival, arrivalId } from './arrival.js'
import { broadcast, broadcastId } from './broadcast.js'
import { consultAccept, consultAcceptId, consultDecline, consultDeclineId, consultOutcome, consultOutcomeId, consultWrite, consultWriteId } from './consult-steps.js'
import { consult, consultId } from './consult.js'
import { documentUpload, documentUploadId } from './document-upload.js'
import { editDraft, editDraftId } from './edit-draft.js'
import { editEvent, editEventId } from './edit-event.js'
import { grant, grantId } from './grant.js'
import { hospitalField, hospitalFieldId, hospitalNew, hospitalNewId, twinNew, twinNewId } from './hospital-edit.js'
import { logbookEdit, logbookEditId, logbookEntry, logbookEntryId, mentorReturn, mentorReturnId } from './logbook-entry.js'
import { needNew, needNewId } from './need-new.js'
import { newEvent, newEventId } from './new-event.js'
import { newInternship, newInternshipId } from './new-internship.js'
import { onboarding, onboardingId } from './onboarding.js'
import { placementDates, placementDatesId, placementDepartment, placementDepartmentId, placementMentor, placementMentorId } from './placement-admin.js'
import { portfolioEntry, portfolioEntryId } from './portfolio-entry.js'
import { profileEdit, profileEditId } from './profile-edit.js'
import { reviewReason, reviewReasonId } from './review-reason.js'
import { survey, surveyId } from './survey.js'
import { volunteerDecision, volunteerDecisionId } from './volunteer-decision.js'
import { volunteerRegister, volunteerRegisterId } from './volunteer-register.js'

const hour = 60 * 60_000
/** A person's flow waits a day (an application is long); a staff flow an hour. */
const personWait = 24 * hour
const staffWait = hour

type Builder = ConversationBuilder<BotContext, ConversationContext>

export const flows: Array<{ id: string, builder: Builder, maxWait: number }> = [
  { id: onboardingId, builder: onboarding as Builder, maxWait: personWait },
  { id: profileEditId, builder: profileEdit as Builder, maxWait: personWait },
  { id: documentUploadId, builder: documentUpload as Builder, maxWait: personWait },
  { id: applyId, builder: apply as Builder, maxWait: personWait },
  { id: portfolioEntryId, builder: portfolioEntry as Builder, maxWait: personWait },
  { id: arrivalId, builder: arrival as Builder, maxWait: personWait },
  { id: logbookEntryId, builder: logbookEntry as Builder, maxWait: personWait },
  { id: logbookEditId, builder: logbookEdit as Builder, maxWait: personWait },
  { id: mentorReturnId, builder: mentorReturn as Builder, maxWait: personWait },
  { id: surveyId, builder: survey as Builder, maxWait: personWait },
  { id: volunteerRegisterId, builder: volunteerRegister as Builder, maxWait: personWait },
  { id: consultId, builder: consult as Builder, maxWait: personWait },
  { id: consultAcceptId, builder: consultAccept as Builder, maxWait: personWait },
  { id: consultDeclineId, builder: consultDecline as Builder, maxWait: personWait },
  { id: consultWriteId, builder: consultWrite as Builder, maxWait: personWait },
  { id: consultOutcomeId, builder: consultOutcome as Builder, maxWait: personWait },
  { id: newInternshipId, builder: newInternship as Builder, maxWait: staffWait },
  { id: editDraftId, builder: editDraft as Builder, maxWait: staffWait },
  { id: reviewReasonId, builder: reviewReason as Builder, maxWait: staffWait },
  { id: broadcastId, builder: broadcast as Builder, maxWait: staffWait },
  { id: hospitalNewId, builder: hospitalNew as Builder, maxWait: staffWait },
  { id: hospitalFieldId, builder: hospitalField as Builder, maxWait: staffWait },
  { id: twinNewId, builder: twinNew as Builder, maxWait: staffWait },
  { id: grantId, builder: grant as Builder, maxWait: staffWait },
  { id: placementDatesId, builder: placementDates as Builder, maxWait: staffWait },
  { id: placementDepartmentId, builder: placementDepartment as Builder, maxWait: staffWait },
  { id: placementMentorId, builder: placementMentor as Builder, maxWait: staffWait },
  { id: newEventId, builder: newEvent as Builder, maxWait: staffWait },
  { id: editEventId, builder: editEvent as Builder, maxWait: staffWait },
  { id: needNewId, builder: needNew as Builder, maxWait: staffWait },
  { id: volunteerDecisionId, builder: volunteerDecision as Builder, maxWait: staffWait },
]

export function flowsComposer() {
  const composer = new Composer<BotContext>()
  for (const flow of flows)
    composer.use(createConversation(flow.builder, { id: flow.id, maxMillisecondsToWait: flow.maxWait }))
  return composer
}
