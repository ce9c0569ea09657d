// The fixed bilingual specialty list shared by profiles, internships and alerts.
// Codes are short ASCII so they fit in callback_data; names live in locales
// (`specialty-<code>`).
export const specialties = [
  'anaesthesiology',
  'cardiology',
  'cardiac-surgery',
  'emergency',
  'family-medicine',
  'general-surgery',
  'internal-medicine',
  'laparoscopy',
  'neurology',
  'neurosurgery',
  'obstetrics',
  'oncology',
  'ophthalmology',
  'orthopaedics',
  'otorhinolaryngology',
  'paediatrics',
  'psychiatry',
  'radiology',
  'rehabilitation',
  'skull-base-surgery',
  'traumatology',
  'urology',
  'vascular-surgery',
  'nursing',
  'other',
] as const

export type Specialty = typeof specialties[number]

export function isSpecialty(code: string): code is Specialty {
  return (specialties as readonly string[]).includes(code)
}
