// `/start c<token>`: the one-time invite link an administrator made (a
// coordinator), or a host coordinator made (the mentor of a placement). Registered
// before the generic /start; any other payload goes on to the next handler.
import type { I18n } from '@grammyjs/i18n'
import type { BotContext } from '../context.js'
import { Composer } from 'grammy'
import { syncStaffCommands } from '../commands.js'
import { replyMentorWelcome } from '../helpers/placement-admin-view.js'
import { asRefusal, refusalText } from '../helpers/refusals.js'
import { createRender } from '../i18n.js'

const invitePayload = /^c([\w-]{8,40})$/

export function createCoordinatorInviteFeature(i18n: I18n<any>) {
  const render = createRender(i18n)
  const feature = new Composer<BotContext>()

  feature.chatType('private').command('start', async (ctx, next) => {
    const token = ctx.match.trim().match(invitePayload)?.[1]
    if (!token || !ctx.user)
      return next()
    ctx.logger.info({ handler: 'coord-invite-redeem', update_id: ctx.update.update_id, user_id: ctx.from.id })
    const redeemed = await asRefusal(() => ctx.domain.access.redeemInvite(token, ctx.user!.id))
    if (!redeemed.ok) {
      ctx.logger.warn({ update_id: ctx.update.update_id, user_id: ctx.from.id, code: redeemed.code }, 'invalid coordinator invite')
      return ctx.reply(refusalText(ctx.t, redeemed))
    }
    const { role } = redeemed.value
    if (role.kind === 'mentor')
      return replyMentorWelcome(ctx, role.placementIds)
    await syncStaffCommands(ctx.api, render, ctx.from.id, await ctx.domain.access.rightsOf(ctx.user.id, ctx.isAdmin))
    await ctx.reply(ctx.t('coord-invite-welcome'))
  })

  return feature
}
