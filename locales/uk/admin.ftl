## Адміністратори: журнал дій

audit-title = <b>Журнал дій, від найновішого</b>
audit-empty = Журнал дій порожній.
audit-line = #{ $id } { $when } · { $actor } · { $action } · { $entity }
