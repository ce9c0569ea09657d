import { describe, expect, it } from 'vitest'
import { findIdentifier } from '../../src/domain/patient-data.js'

describe('patient data in a logbook or case text', () => {
  it.each([
    ['Patient born 12.03.1985, STEMI', 'dob'],
    ['Пацієнт 12.03.1985 р.н., STEMI', 'dob'],
    ['DOB 1985-03-12, admitted with chest pain', 'dob'],
    ['dob: unknown, elderly man', 'dob'],
    ['Date of birth on the chart, 67 y.o.', 'dob'],
    ['Дата народження вказана в картці', 'dob'],
    ['д. н. 03/12/1985', 'dob'],
    ['1985 р.н., чоловік', 'dob'],
    ['Жінка, народилася в Харкові', 'dob'],
    ['Relative called from +44 7700 900123', 'phone'],
    ['Телефон родичів +38 (050) 123-45-67', 'phone'],
    ['call 050 123 45 67 tomorrow', 'phone'],
    ['тел. 0501234567', 'phone'],
    ['MRN 123456, laparoscopic cholecystectomy', 'record'],
    ['Історія хвороби № 12345', 'record'],
    ['карта №4521, апендектомія', 'record'],
    ['case #4521', 'record'],
    ['NHS 943 476 5919 seen in clinic', 'phone'],
    ['Hospital number 4412339', 'record'],
    ['Пацієнт 8812345 у палаті', 'record'],
    ['Patient Ivanenko, 54, STEMI', 'name'],
    ['Пацієнт Петренко Іван, 45 років', 'name'],
    ['Хворий Сидоренко скаржиться на біль', 'name'],
    ['Mrs Smith, sepsis', 'name'],
    ['Пані Олена прийшла на контроль', 'name'],
    ['ПІБ: Коваленко', 'name'],
    ['Name: unknown', 'name'],
    ['Петренко І.В., 45 років', 'name'],
    ['I. V. Petrenko, 45 y.o.', 'name'],
  ] as const)('when the text is %j, then it is questioned as %s', (text, kind) => {
    expect(findIdentifier(text)).toBe(kind)
  })

  it.each([
    'STEMI, primary PCI, door-to-balloon 45 min',
    'BP 120/80, HR 110, SpO2 94%, T 38.5',
    'Amoxicillin 500 mg 3 times a day for 7 days',
    'Assisted with a central line on 12.03, ultrasound-guided',
    'Week 3: GCS 15, lactate 2.1 mmol/l, Hb 98 g/l',
    'Пацієнтка 45 років, ГКС 15, АТ 130/85, ЧСС 92',
    'Лапароскопічна холецистектомія, тривалість 90 хв, крововтрата 50 мл',
    'Лекція про сепсис о 14:30, 2 години',
    'Reflection: I learned to explain the risks to the family calmly.',
    'ECG at 14:30 and again at 16:00; troponin 0.04 → 1.2',
    'Patient with Crohn disease, 34 y.o., on infliximab',
    'A patient in ICU after CABG',
    'Пацієнт з ХОЗЛ, 67 років',
    'Пацієнт К., 54 роки',
    'Patient STEMI, Killip II',
  ])('when the text is %j, then nothing is questioned', (text) => {
    expect(findIdentifier(text)).toBeNull()
  })
})
