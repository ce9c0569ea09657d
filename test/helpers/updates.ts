// Small builders for Telegram updates, so tests read like a person's story.
import type { Update, User } from 'grammy/types'
import { testStartMs } from './clock.js'

let updateId = 1000
let messageId = 1
// Telegram's send time of every update; the bot reads its own clock, never this.
const sentAt = Math.floor(testStartMs / 1000)

export function person(id: number, languageCode: string | undefined, firstName = `User${id}`): User {
  return { id, is_bot: false, first_name: firstName, language_code: languageCode }
}

function chat(user: User) {
  return { id: user.id, type: 'private' as const, first_name: user.first_name }
}

function base(user: User) {
  return { message_id: messageId++, date: sentAt, chat: chat(user), from: user }
}

export function text(user: User, body: string): Update {
  const command = body.match(/^\/\w+/)
  return {
    update_id: updateId++,
    message: {
      ...base(user),
      text: body,
      ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] } : {}),
    },
  }
}

export function callback(user: User, data: string, fromMessageId = 1): Update {
  return {
    update_id: updateId++,
    callback_query: {
      id: String(updateId),
      from: user,
      chat_instance: 'ci',
      data,
      message: { message_id: fromMessageId, date: sentAt, chat: chat(user), text: '…' },
    },
  }
}

export function photo(user: User): Update {
  return {
    update_id: updateId++,
    message: { ...base(user), photo: [{ file_id: 'photo-file', file_unique_id: 'pu', width: 90, height: 90 }] },
  }
}

export function sticker(user: User): Update {
  return {
    update_id: updateId++,
    message: { ...base(user), sticker: { file_id: 'st', file_unique_id: 'su', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } },
  }
}

export function voice(user: User): Update {
  return { update_id: updateId++, message: { ...base(user), voice: { file_id: 'vo', file_unique_id: 'vu', duration: 3 } } }
}

export function contact(user: User, phone: string): Update {
  return { update_id: updateId++, message: { ...base(user), contact: { phone_number: phone, first_name: user.first_name, user_id: user.id } } }
}

export function document(user: User, file: { name: string, mime: string, size: number, id?: string }): Update {
  return {
    update_id: updateId++,
    message: {
      ...base(user),
      document: { file_id: file.id ?? `doc-${messageId}`, file_unique_id: `du-${messageId}`, file_name: file.name, mime_type: file.mime, file_size: file.size },
    },
  }
}

export function myChatMember(user: User, status: 'kicked' | 'member'): Update {
  const bot = { id: 42, is_bot: true, first_name: 'MedTwin' }
  return {
    update_id: updateId++,
    my_chat_member: {
      chat: chat(user),
      from: user,
      date: sentAt,
      old_chat_member: status === 'kicked' ? { status: 'member', user: bot } : { status: 'kicked', user: bot, until_date: 0 },
      new_chat_member: status === 'kicked' ? { status: 'kicked', user: bot, until_date: 0 } : { status: 'member', user: bot },
    },
  }
}
