## Administrators: audit log

audit-title = <b>Audit log, latest first</b>
audit-empty = The audit log is empty.
audit-line = #{ $id } { $when } · { $actor } · { $action } · { $entity }
