// Rights as a set of roles: what the helpers answer for each kind of person.
import { describe, expect, it } from 'vitest'
import { coordinatesHospital, hospitalScope, isAdmin, isStaff, rightsFrom } from '../../src/domain/access.js'

describe('rights', () => {
  it('when ADMIN_IDS names the person, then they are an administrator over every hospital', () => {
    const rights = rightsFrom(true, [{ hospitalId: 4 }])
    expect(rights).toEqual({ roles: [{ kind: 'admin' }] })
    expect([isAdmin(rights), isStaff(rights), hospitalScope(rights), coordinatesHospital(rights, 9)]).toEqual([true, true, 'all', true])
  })

  it('when a person coordinates the whole programme, then they cover every hospital but are no administrator', () => {
    const rights = rightsFrom(false, [{ hospitalId: 4 }, { hospitalId: null }])
    expect(rights).toEqual({ roles: [{ kind: 'coordinator', hospitals: 'all' }] })
    expect([isAdmin(rights), isStaff(rights), hospitalScope(rights), coordinatesHospital(rights, 9)]).toEqual([false, true, 'all', true])
  })

  it('when a person coordinates some hospitals, then they cover those only, and no record without a hospital', () => {
    const rights = rightsFrom(false, [{ hospitalId: 4 }, { hospitalId: 7 }])
    expect(hospitalScope(rights)).toEqual([4, 7])
    expect([isStaff(rights), coordinatesHospital(rights, 7), coordinatesHospital(rights, 9), coordinatesHospital(rights, null)]).toEqual([true, true, false, false])
    expect(hospitalScope({ roles: [{ kind: 'coordinator', hospitals: [4] }, { kind: 'coordinator', hospitals: [4, 5] }] })).toEqual([4, 5])
  })

  it('when a person has no role, then they are not staff and cover no hospital', () => {
    const rights = rightsFrom(false, [])
    expect(rights).toEqual({ roles: [] })
    expect([isAdmin(rights), isStaff(rights), hospitalScope(rights), coordinatesHospital(rights, 4)]).toEqual([false, false, [], false])
  })
})
