// The staff command menus at start-up: each person gets the menu their rights
// call for, in their own chat, and an administrator's wins over a coordinator's.
import type { Api } from 'grammy'
import type { Rights } from '../../src/domain/access.js'
import { describe, expect, it } from 'vitest'
import { adminCommands, coordinatorCommands, syncAllStaffCommands } from '../../src/bot/commands.js'
import { createTestRender } from '../helpers/render.js'

describe('staff command menus', () => {
  it('when the bot starts, then administrators get theirs, coordinators theirs, and nobody without a role gets one', async () => {
    const calls: Array<{ method: string, chatId: number, commands?: string[] }> = []
    const api = {
      setMyCommands: async (commands: Array<{ command: string }>, other: { scope: { chat_id: number } }) => { calls.push({ method: 'set', chatId: other.scope.chat_id, commands: commands.map(c => c.command) }) },
      deleteMyCommands: async (other: { scope: { chat_id: number } }) => { calls.push({ method: 'delete', chatId: other.scope.chat_id }) },
    } as unknown as Api
    const coordinator: Rights = { roles: [{ kind: 'coordinator', hospitals: [4] }] }
    await syncAllStaffCommands(api, createTestRender(), [1], [
      { telegramId: 1, rights: coordinator },
      { telegramId: 2, rights: coordinator },
      { telegramId: 3, rights: { roles: [] } },
    ])
    const menus = new Map(calls.map(c => [c.chatId, c]))
    expect(calls.filter(c => c.chatId === 1).every(c => c.method === 'set' && c.commands!.join() === adminCommands.join())).toBe(true)
    expect(menus.get(2)!.commands).toEqual([...coordinatorCommands])
    expect(calls.filter(c => c.chatId === 3).map(c => c.method)).toEqual(['delete', 'delete', 'delete'])
  })
})
