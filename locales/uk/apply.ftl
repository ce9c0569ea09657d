## Apply

apply-doc-cv = Резюме (CV)
apply-doc-licence = Ліцензія / сертифікат лікаря
apply-doc-diploma = Диплом
apply-doc-language_certificate = Мовний сертифікат
apply-doc-other = Інший документ
